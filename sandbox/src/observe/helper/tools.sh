#!/bin/sh
# skillgate observe-mode stand-ins (fast path, no interpreter start-up): name lookups through the
# sandbox resolver, so the sinkhole records them. See tools.py for the socket-level ones.
name=$(basename "$0")
host=
for a in "$@"; do
  case "$a" in
    -*|+*|@*|A|AAAA|TXT|MX|NS|CNAME|ANY|SOA|PTR|SRV|type=*) ;;
    *) host=$a ;;
  esac
done
[ -n "$host" ] || exit 1
addr=$(getent hosts "$host" 2>/dev/null | awk 'NR==1 {print $1}')
if [ -z "$addr" ]; then
  echo "** server can't find $host: NXDOMAIN"
  exit 1
fi
case "$name" in
  dig) case " $* " in *" +short "*) echo "$addr" ;; *) printf '%s.\t5\tIN\tA\t%s\n' "$host" "$addr" ;; esac ;;
  host) echo "$host has address $addr" ;;
  ping)
    echo "PING $host ($addr) 56(84) bytes of data."
    echo "--- $host ping statistics ---"
    echo "4 packets transmitted, 4 received, 0% packet loss, time 3004ms"
    echo "rtt min/avg/max/mdev = 0.041/0.050/0.062/0.008 ms" ;;
  *) printf 'Name:\t%s\nAddress: %s\n' "$host" "$addr" ;;
esac
