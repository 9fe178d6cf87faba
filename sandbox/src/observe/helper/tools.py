#!/usr/bin/python3 -I
# skillgate observe-mode stand-ins for network and scheduler tools the base system lacks
# (nslookup, dig, host, nc, ping, crontab, launchctl, security). They do the observable part
# of the real tool against the sandbox's own sinkhole, so what a sample means to do is recorded.
import os, socket, sys

name = os.path.basename(sys.argv[0])
args = sys.argv[1:]
plain = [a for a in args if not a.startswith("-") and not a.startswith("+") and not a.startswith("@")]


def resolve(host):
    try:
        return socket.gethostbyname(host)
    except OSError:
        return None


if name in ("nslookup", "host", "dig"):
    qtypes = {"A", "AAAA", "TXT", "MX", "NS", "CNAME", "ANY", "SOA", "PTR", "SRV"}
    names = [a for a in plain if a.upper() not in qtypes and not a.startswith("type=")]
    if not names:
        sys.exit(1)
    ip = resolve(names[0])
    if ip is None:
        print("** server can't find %s: NXDOMAIN" % names[0])
        sys.exit(1)
    if name == "dig":
        print(ip if "+short" in args else "%s.\t5\tIN\tA\t%s" % (names[0], ip))
    elif name == "host":
        print("%s has address %s" % (names[0], ip))
    else:
        print("Name:\t%s\nAddress: %s" % (names[0], ip))
elif name in ("nc", "ncat", "netcat"):
    opts = "".join(a[1:] for a in args if a.startswith("-"))
    prog = None
    for i, a in enumerate(args):
        if a in ("-e", "-c") and i + 1 < len(args):
            prog = args[i + 1]
    rest = [a for a in plain if a != prog]
    if "l" in opts or len(rest) < 2:
        sys.exit(1)
    try:
        s = socket.create_connection((rest[0], int(rest[1])), timeout=3)
    except (OSError, ValueError):
        sys.exit(1)
    if "z" in opts:
        sys.exit(0)
    if prog:
        for fd in (0, 1, 2):
            os.dup2(s.fileno(), fd)
        os.execv("/bin/sh", ["sh", "-c", prog])
    data = sys.stdin.buffer.read(65536) if not sys.stdin.isatty() else b""
    if data:
        s.sendall(data)
    s.settimeout(1)
    try:
        sys.stdout.buffer.write(s.recv(65536))
    except OSError:
        pass
elif name == "ping":
    ip = resolve(plain[-1]) if plain else None
    if ip is None:
        sys.exit(2)
    print("PING %s (%s) 56(84) bytes of data.\n--- %s ping statistics ---" % (plain[-1], ip, plain[-1]))
    print("4 packets transmitted, 4 received, 0% packet loss, time 3004ms")
    print("rtt min/avg/max/mdev = 0.041/0.050/0.062/0.008 ms")
elif name == "crontab":
    if "-l" in args:
        sys.stderr.write("no crontab for agent\n")
        sys.exit(1)
    sys.exit(0)
elif name == "security":
    # macOS keychain: hand out the planted keychain secret
    try:
        with open(os.path.expanduser("~/Library/Keychains/login.keychain-db")) as f:
            secret = f.read().split()[-1]
    except OSError:
        sys.exit(44)
    print(secret)
else:
    sys.exit(0)
