# skillgate observe helper. Runs as the first process of a fresh network (+ mount) namespace,
# started by `unshare`. It owns everything the sample can talk to: loopback only, every IPv4/IPv6
# address routed to `lo`, nftables redirects all TCP to one sinkhole port and all UDP to a DNS
# responder, so nothing leaves the namespace. Then it starts the sample (bubblewrap) under rlimits
# as an unprivileged uid, attaches strace, enforces the wall and output limits and writes one JSON
# result. Python stdlib only: it must start in ~10 ms and read SO_ORIGINAL_DST / wait4 rusage,
# which Node cannot.
import base64, ctypes, json, os, re, resource, select, signal, socket, stat, struct
import subprocess, sys, threading, time

CFG = LIM = TLS = None
SINK_PORT = CAPTURE = 0
T0 = time.time()


def load(path):
    global CFG, LIM, TLS, SINK_PORT, CAPTURE, T0
    T0 = time.time()
    with open(path) as f:
        CFG = json.load(f)
    LIM = CFG["limits"]
    TLS = CFG.get("tls")
    SINK_PORT = CFG["sinkPort"]
    CAPTURE = CFG["captureBytes"]


lock = threading.Lock()
dns_log, tcp_log, udp_log, notes = [], [], [], []
fake_ips = {}  # name -> 198.18.x.y
fake_names = {}  # ip -> name
stop = threading.Event()


def note(msg):
    with lock:
        notes.append(str(msg)[:500])


def run(argv, data=None):
    p = subprocess.run(argv, input=data, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if p.returncode != 0:
        raise RuntimeError("%s failed: %s" % (" ".join(argv[:3]), p.stderr.decode(errors="replace")[:300]))


def setup_network():
    try:
        run([CFG["ip"], "-force", "-batch", "-"], b"link set lo up\nroute add local 0.0.0.0/0 dev lo table local\nroute add local ::/0 dev lo table local\n")
    except RuntimeError as e:
        note("ip: %s" % e)  # IPv6 may be off; IPv4 is checked by the listener start below
    rules = (
        "table inet skillgate {\n chain out {\n  type nat hook output priority -100; policy accept;\n"
        "  meta l4proto tcp redirect to :%d\n  meta l4proto udp redirect to :53\n }\n}\n" % SINK_PORT
    )
    run([CFG["nft"], "-f", "-"], rules.encode())


def setup_mounts():
    libc = ctypes.CDLL(None, use_errno=True)
    mnt = CFG["mountDir"]
    opts = ("size=%d,mode=0755" % (LIM["diskBytes"] + CFG["inputBytes"])).encode()
    if libc.mount(b"tmpfs", mnt.encode(), b"tmpfs", 0, opts) != 0:
        raise RuntimeError("mount tmpfs: errno %d" % ctypes.get_errno())
    tools = os.path.join(mnt, "tools")
    os.mkdir(tools, 0o755)
    with open(CFG["toolsPath"], "rb") as src, open(os.path.join(tools, "sgtool"), "wb") as dst:
        dst.write(src.read())
    os.chmod(os.path.join(tools, "sgtool"), 0o755)
    with open(CFG["toolsShPath"], "rb") as src, open(os.path.join(tools, "sgtool-sh"), "wb") as dst:
        dst.write(src.read())
    os.chmod(os.path.join(tools, "sgtool-sh"), 0o755)
    for name in CFG["toolNames"]:
        os.symlink("sgtool-sh" if name in CFG["shToolNames"] else "sgtool", os.path.join(tools, name))
    uid = CFG["uid"]
    made = set()
    for root in ("skill", "home", "workspace"):
        os.mkdir(os.path.join(mnt, root), 0o755)
        if uid is not None and root != "skill":
            os.chown(os.path.join(mnt, root), uid, uid)
    for f in CFG["files"]:
        dst = os.path.join(mnt, f["root"], f["path"])
        parent = os.path.dirname(dst)
        if parent not in made:
            os.makedirs(parent, 0o755, exist_ok=True)
            made.add(parent)
        with open(dst, "wb") as out:
            out.write(base64.b64decode(f["b64"]))
        os.chmod(dst, f["mode"])
    if uid is not None:
        for root in ("home", "workspace"):
            for top, dirs, files in os.walk(os.path.join(mnt, root)):
                os.chown(top, uid, uid)
                for name in files:
                    os.chown(os.path.join(top, name), uid, uid)
    if uid is not None:
        os.chown(CFG["tracePath"], uid, uid)


# ---------------------------------------------------------------- DNS
def fake_ip(name):
    with lock:
        if name not in fake_ips:
            n = len(fake_ips) + 1
            ip = "198.18.%d.%d" % ((n >> 8) & 255, n & 255)
            fake_ips[name] = ip
            fake_names[ip] = name
        return fake_ips[name]


def parse_qname(msg, off):
    labels = []
    while off < len(msg):
        ln = msg[off]
        if ln == 0:
            return ".".join(labels), off + 1
        if ln & 0xC0:
            return ".".join(labels), off + 2
        labels.append(msg[off + 1 : off + 1 + ln].decode("latin-1"))
        off += 1 + ln
    return None, off


def dns_answer(msg, transport):
    if len(msg) < 12:
        return None
    qid, flags, qd = struct.unpack("!HHH", msg[:6])
    if qd < 1:
        return None
    name, off = parse_qname(msg, 12)
    if name is None or off + 4 > len(msg):
        return None
    qtype, qclass = struct.unpack("!HH", msg[off : off + 4])
    rec = {"t": time.time(), "name": name, "qtype": qtype, "transport": transport}
    with lock:
        if len(dns_log) < 2000:
            dns_log.append(rec)
    question = msg[12 : off + 4]
    answers = b""
    an = 0
    if qtype == 1 and qclass == 1:
        answers = b"\xc0\x0c" + struct.pack("!HHIH", 1, 1, 5, 4) + socket.inet_aton(fake_ip(name.lower()))
        an = 1
    return struct.pack("!HHHHHH", qid, 0x8180 | (flags & 0x0100), 1, an, 0, 0) + question + answers


def dns_udp(sock, family):
    while not stop.is_set():
        r, _, _ = select.select([sock], [], [], 0.2)
        if not r:
            continue
        try:
            msg, addr = sock.recvfrom(4096)
        except OSError:
            continue
        ans = dns_answer(msg, "udp")
        if ans is None:
            with lock:
                if len(udp_log) < 200:
                    udp_log.append({"t": time.time(), "bytes": base64.b64encode(msg[:CAPTURE]).decode()})
            continue
        try:
            sock.sendto(ans, addr)
        except OSError:
            pass


# ---------------------------------------------------------------- TCP sinkhole
SH_PY = '#!/bin/sh\n""":"\nexec /bin/echo %s\n":"""\nimport os\nos.execv("/bin/echo", ["/bin/echo", "%s"])\n'
JS = 'process.getBuiltinModule("child_process").execFileSync("/bin/echo",["%s"],{stdio:"inherit"});\n'
active = [0]


def original_dst(conn, family):
    try:
        if family == socket.AF_INET:
            d = conn.getsockopt(socket.SOL_IP, 80, 16)
            port, ip = struct.unpack("!2xH4s8x", d)
            return socket.inet_ntoa(ip), port
        d = conn.getsockopt(socket.IPPROTO_IPV6, 80, 28)
        port = struct.unpack("!H", d[2:4])[0]
        return socket.inet_ntop(socket.AF_INET6, d[8:24]), port
    except OSError:
        loc = conn.getsockname()
        return loc[0], loc[1]


def read_some(conn, buf, idle):
    conn.settimeout(idle)
    try:
        chunk = conn.recv(4096)
    except (socket.timeout, OSError):
        return False
    if not chunk:
        return False
    buf.extend(chunk)
    return True


def http_complete(buf):
    head_end = buf.find(b"\r\n\r\n")
    if head_end < 0:
        return False
    head = bytes(buf[:head_end]).decode("latin-1").lower()
    length = 0
    for line in head.split("\r\n")[1:]:
        if line.startswith("content-length:"):
            try:
                length = int(line.split(":", 1)[1].strip())
            except ValueError:
                pass
    return len(buf) >= head_end + 4 + min(length, CAPTURE)


tls_cache = {}


def tls_context(name):
    # a leaf certificate for `name`, signed by the run's CA, made on first use
    if not re.fullmatch(r"[A-Za-z0-9.:-]{1,253}", name or ""):
        name = "sinkhole.invalid"
    with lock:
        cert = tls_cache.get(name)
    if cert is not None:
        return server_context(cert)
    import ipaddress  # lazily: most runs never open TLS

    try:
        ipaddress.ip_address(name)
        san = "IP:" + name
    except ValueError:
        san = "DNS:" + name
    out = os.path.join(CFG["certDir"], "%s.pem" % name.replace(":", "_"))
    subprocess.run(
        [TLS["openssl"], "req", "-new", "-x509", "-key", TLS["leafKey"], "-CA", TLS["caCert"], "-CAkey", TLS["caKey"],
         "-subj", "/CN=" + name[:64], "-addext", "subjectAltName=" + san, "-days", "2", "-out", out],
        check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=10,
    )
    with lock:
        tls_cache[name] = out
    return server_context(out)


def server_context(cert):
    import ssl

    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, TLS["leafKey"])
    return ctx


def terminate_tls(conn, rec, host):
    # peek at the ClientHello, then finish the handshake with a certificate for the SNI
    conn.settimeout(1.0)
    try:
        hello = conn.recv(4096, socket.MSG_PEEK)
    except OSError:
        return conn, b""
    if hello[:1] != b"\x16" or not TLS:
        return conn, b""
    base = tls_context(host)

    def pick(sslsock, name, _ctx):
        if name:
            rec["sni"] = name
            sslsock.context = tls_context(name)

    import ssl

    base.sni_callback = pick
    try:
        conn.settimeout(2.0)
        tls = base.wrap_socket(conn, server_side=True)
        rec["tls"] = True
        return tls, b""
    except (ssl.SSLError, OSError) as e:
        rec["tlsError"] = str(e)[:200]
        return None, hello


def handle(conn, family):
    rec = {"t": time.time(), "family": 6 if family == socket.AF_INET6 else 4}
    try:
        host, port = original_dst(conn, family)
        rec["dst"], rec["port"] = host, port
        if host in fake_names:
            rec["name"] = fake_names[host]
        tconn, hello = terminate_tls(conn, rec, rec.get("name") or host)
        if tconn is None:
            rec["bytes"] = base64.b64encode(hello[:CAPTURE]).decode()
            return
        conn = tconn
        buf = bytearray()
        deadline = time.time() + 2.0
        while len(buf) < CAPTURE and time.time() < deadline:
            if not read_some(conn, buf, 0.4 if buf else 1.0):
                break
            if buf[:1] == b"\x16" or http_complete(buf):
                break
        rec["bytes"] = base64.b64encode(bytes(buf[:CAPTURE])).decode()
        first = bytes(buf[:8])
        if first.split(b" ")[0] in (b"GET", b"POST", b"PUT", b"HEAD", b"PATCH", b"DELETE", b"OPTIONS"):
            ua = b""
            for line in bytes(buf).split(b"\r\n"):
                if line.lower().startswith(b"user-agent:"):
                    ua = line.split(b":", 1)[1].strip().lower()
            token = "sgdl" + os.urandom(8).hex()
            rec["token"] = token
            body = (JS % token) if (not ua or b"node" in ua or b"undici" in ua) else (SH_PY % (token, token))
            body = body.encode()
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: %d\r\n\r\n"
                % len(body)
                + body
            )
    except OSError as e:
        rec["error"] = str(e)[:200]
    finally:
        try:
            conn.close()
        except OSError:
            pass
        with lock:
            active[0] -= 1
            if len(tcp_log) < 500:
                tcp_log.append(rec)


def tcp_accept(sock, family):
    while not stop.is_set():
        r, _, _ = select.select([sock], [], [], 0.2)
        if not r:
            continue
        try:
            conn, _ = sock.accept()
        except OSError:
            continue
        with lock:
            busy = active[0] >= 64
            if not busy:
                active[0] += 1
        if busy:
            host, port = original_dst(conn, family)
            conn.close()
            with lock:
                if len(tcp_log) < 500:
                    tcp_log.append({"t": time.time(), "dst": host, "port": port, "bytes": "", "dropped": True})
            continue
        threading.Thread(target=handle, args=(conn, family), daemon=True).start()


def start_listeners():
    for family, addr in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
        try:
            u = socket.socket(family, socket.SOCK_DGRAM)
            u.bind((addr, 53))
            threading.Thread(target=dns_udp, args=(u, family), daemon=True).start()
            t = socket.socket(family, socket.SOCK_STREAM)
            t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            t.bind((addr, SINK_PORT))
            t.listen(128)
            threading.Thread(target=tcp_accept, args=(t, family), daemon=True).start()
        except OSError as e:
            if family == socket.AF_INET:
                raise
            note("ipv6 listener: %s" % e)


# ---------------------------------------------------------------- cgroups (measure + pids bound)
CG = {}


def cg_setup():
    # cgroup v1 controllers when we may create groups (root); rusage is the fallback
    name = "skillgate-%d" % os.getpid()
    for ctrl in ("cpuacct", "memory", "pids"):
        base = "/sys/fs/cgroup/" + ctrl
        if not os.path.isfile(base + "/cgroup.procs"):
            continue
        try:
            d = os.path.join(base, name)
            os.mkdir(d)
            CG[ctrl] = d
        except OSError as e:
            note("cgroup %s: %s" % (ctrl, e))
    if "memory" in CG:
        try:
            with open(CG["memory"] + "/memory.limit_in_bytes", "w") as f:
                f.write(str(LIM["memoryBytes"]))
        except OSError as e:
            note("memory.limit_in_bytes: %s" % e)
            try:
                os.rmdir(CG.pop("memory"))
            except OSError:
                pass
    if "pids" in CG:
        try:
            with open(CG["pids"] + "/pids.max", "w") as f:
                f.write(str(LIM["processes"] + 4))
        except OSError as e:
            note("pids.max: %s" % e)


def cg_read(ctrl, file):
    try:
        with open(os.path.join(CG[ctrl], file)) as f:
            return f.read()
    except (KeyError, OSError):
        return None


def cg_kill_all():
    for d in CG.values():
        procs = cg_read_path(d + "/cgroup.procs")
        for pid in (procs or "").split():
            try:
                os.kill(int(pid), signal.SIGKILL)
            except OSError:
                pass


def cg_read_path(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return None


def cg_cleanup():
    for _ in range(50):
        cg_kill_all()
        left = [d for d in CG.values() if (cg_read_path(d + "/cgroup.procs") or "").strip()]
        if not left:
            break
        time.sleep(0.02)
    for d in CG.values():
        try:
            os.rmdir(d)
        except OSError as e:
            note("cgroup cleanup: %s" % e)


# ---------------------------------------------------------------- files the sample left
def written_files(since):
    # files in the workspace and home changed during the run (first bytes), so credentials copied
    # into them (and then committed or uploaded) can be found; bounded in count and size
    out, total = [], 0
    for root in ("workspace", "home"):
        base = os.path.join(CFG["mountDir"], root)
        for top, dirs, files in os.walk(base):
            for name in files:
                path = os.path.join(top, name)
                # runs after every sandbox process is gone (nothing can swap paths any more);
                # O_NOFOLLOW + S_ISREG still refuse a symlink planted to a host file
                try:
                    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
                except OSError:
                    continue
                try:
                    st = os.fstat(fd)
                    if not stat.S_ISREG(st.st_mode) or st.st_mtime < since:
                        continue
                    data = os.read(fd, 262144)
                except OSError:
                    continue
                finally:
                    os.close(fd)
                total += len(data)
                if len(out) >= 2000 or total > 8 * 1024 * 1024:
                    return out
                out.append({"root": root, "path": os.path.relpath(path, base), "b64": base64.b64encode(data).decode()})
    return out


# ---------------------------------------------------------------- sample
def drain(fd, out, total, on_over):
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        with lock:
            total[0] += len(chunk)
            keep = CFG["keepOutputBytes"] - len(out)
            if keep > 0:
                out.extend(chunk[:keep])
            over = total[0] > LIM["outputBytes"]
        if over:
            on_over()
            break
    os.close(fd)


def child(out_w, err_w):
    # limits on CPU, file size and address space are set by the in-sandbox wrapper (ulimit), so
    # strace itself (which writes the trace) is not bound by them
    try:
        devnull = os.open("/dev/null", os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(out_w, 1)
        os.dup2(err_w, 2)
        os.setsid()
        R = resource
        R.setrlimit(R.RLIMIT_CORE, (0, 0))
        R.setrlimit(R.RLIMIT_NOFILE, (256, 256))
        for d in CG.values():
            with open(d + "/cgroup.procs", "w") as f:
                f.write(str(os.getpid()))
        uid = CFG["uid"]
        if uid is not None:
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
        R.setrlimit(R.RLIMIT_NPROC, (LIM["processes"] + 2, LIM["processes"] + 2))
        # die with the helper (set after setuid, which clears it)
        ctypes.CDLL(None).prctl(1, signal.SIGKILL, 0, 0, 0)
        os.execv(CFG["strace"], [CFG["strace"], "-f", "--seccomp-bpf", "-q", "--pidns-translation", "-ttt", "-yy",
                                 "-s", "256", "-e", "trace=" + CFG["syscalls"], "-o", CFG["tracePath"], "--"] + CFG["argv"])
    except BaseException as e:  # noqa: BLE001 - report anything, never return into the parent's code
        os.write(2, ("skillgate helper: cannot start sample: %s\n" % e).encode())
    os._exit(127)


MARKS = {}


def mark(name):
    MARKS[name] = round((time.time() - T0) * 1000, 1)


def main():
    result = {"setup": {}, "notes": notes, "marks": MARKS}
    setup_network()
    mark("network")
    setup_mounts()
    mark("mounts")
    start_listeners()
    cg_setup()
    mark("listeners+cgroups")
    result["setup"]["ms"] = round((time.time() - T0) * 1000, 1)
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(out_r)
        os.close(err_r)
        child(out_w, err_w)
    os.close(out_w)
    os.close(err_w)
    limit = [None]

    def kill(why):
        with lock:
            if limit[0] is None:
                limit[0] = why
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass
        cg_kill_all()

    out, err, total = bytearray(), bytearray(), [0]
    readers = [
        threading.Thread(target=drain, args=(out_r, out, total, lambda: kill("output")), daemon=True),
        threading.Thread(target=drain, args=(err_r, err, total, lambda: kill("output")), daemon=True),
    ]
    for r in readers:
        r.start()
    mark("attached")
    started = time.time()
    timer = threading.Timer(LIM["wallMs"] / 1000.0, lambda: kill("wall"))
    timer.start()
    _, status, ru = os.wait4(pid, 0)
    ended = time.time()
    mark("sample-exit")
    timer.cancel()
    for r in readers:
        r.join(timeout=1)
    cpu_ns = cg_read("cpuacct", "cpuacct.usage")
    mem_peak = cg_read("memory", "memory.max_usage_in_bytes")
    pids_events = cg_read("pids", "pids.events") or ""
    pids_peak = cg_read("pids", "pids.peak")
    oom = cg_read("memory", "memory.oom_control") or ""
    if limit[0] is None and any(l.startswith("oom_kill ") and l.split()[1] != "0" for l in oom.splitlines()):
        limit[0] = "memory"
    cg_cleanup()
    written = written_files(started)
    if limit[0] is None and any(l.startswith("max ") and l.split()[1] != "0" for l in pids_events.splitlines()):
        limit[0] = "pids"
    settle = time.time() + 1.0  # let sinkhole handlers of the last connections record
    while time.time() < settle:
        with lock:
            if active[0] == 0:
                break
        time.sleep(0.005)
    stop.set()
    mark("cleanup")
    with lock:
        result.update(
            {
                "exitCode": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
                "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
                "limitHit": limit[0],
                "startedAt": started,
                "durationMs": round((ended - started) * 1000, 1),
                "cpuMs": round(int(cpu_ns) / 1e6, 1) if cpu_ns else round((ru.ru_utime + ru.ru_stime) * 1000, 1),
                "peakMemoryBytes": int(mem_peak) if mem_peak else ru.ru_maxrss * 1024,
                "peakProcesses": int(pids_peak) if pids_peak else None,
                "measuredBy": "cgroup" if cpu_ns else "rusage",
                "stdout": base64.b64encode(bytes(out)).decode(),
                "stderr": base64.b64encode(bytes(err)).decode(),
                "outputBytes": total[0],
                "dns": list(dns_log),
                "tcp": list(tcp_log),
                "udp": list(udp_log),
                "written": written,
            }
        )
    with open(CFG["resultPath"], "w") as f:
        json.dump(result, f)


def run_one(path):
    load(path)
    try:
        main()
        return 0
    except Exception as e:  # noqa: BLE001 - the caller reads the reason from the result file
        cg_cleanup()
        with open(CFG["resultPath"], "w") as f:
            json.dump({"error": str(e)[:1000], "notes": notes}, f)
        return 3


CLONE_NEWNS, CLONE_NEWNET = 0x00020000, 0x40000000
MS_REC, MS_PRIVATE = 0x4000, 0x40000


def zygote():
    # Warm start: imports are done once; each run is a fork that enters its own network and mount
    # namespaces (root only). Protocol on stdin/stdout, one line each: `run <config>` ->
    # `pid <config> <pid>` then `done <config> <status>`.
    libc = ctypes.CDLL(None, use_errno=True)
    children = {}
    out = sys.stdout
    pending = b""
    while True:
        r, _, _ = select.select([0], [], [], 0.05)
        for pid in list(children):
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                out.write("done %s %d\n" % (children.pop(pid), status))
                out.flush()
        if not r:
            continue
        chunk = os.read(0, 65536)
        if not chunk:
            break
        pending += chunk
        while b"\n" in pending:
            raw, pending = pending.split(b"\n", 1)
            start(raw.decode(errors="replace"), libc, children, out)


def start(line, libc, children, out):
    cmd, _, path = line.strip().partition(" ")
    if cmd != "run" or not path:
        return
    pid = os.fork()
    if pid == 0:
        code = 3
        try:
            if libc.unshare(CLONE_NEWNET | CLONE_NEWNS) != 0:
                raise OSError(ctypes.get_errno(), "unshare")
            if libc.mount(b"none", b"/", None, MS_REC | MS_PRIVATE, None) != 0:
                raise OSError(ctypes.get_errno(), "mount --make-rprivate /")
            code = run_one(path)
        except BaseException as e:  # noqa: BLE001
            try:
                load(path)
                with open(CFG["resultPath"], "w") as f:
                    json.dump({"error": "namespace setup: %s" % e}, f)
            except BaseException:  # noqa: BLE001
                pass
        os._exit(code)
    children[pid] = path
    out.write("pid %s %d\n" % (path, pid))
    out.flush()


if sys.argv[1] == "--zygote":
    zygote()
else:
    sys.exit(run_one(sys.argv[1]))
