#!/usr/bin/env python3
"""Enforce-mode probe: each action tries one capability and prints the outcome on one line."""
import os
import shutil
import subprocess
import sys


def main(action, arg=""):
    if action == "read":
        try:
            with open(os.path.expanduser(arg)) as f:
                print("read-ok:" + f.read().strip())
        except OSError as e:
            print("read-denied:" + e.__class__.__name__)
    elif action == "write":
        try:
            with open(arg, "w") as f:
                f.write("written by probe\n")
            print("write-ok")
        except OSError as e:
            print("write-denied:" + e.__class__.__name__)
    elif action == "env":
        print("env:" + os.environ.get(arg, "<unset>"))
    elif action == "copy-exec":
        # copy an allowed binary into a writable dir and try to run the copy
        os.makedirs(os.path.dirname(arg), exist_ok=True)
        shutil.copy("/usr/bin/true", arg)
        os.chmod(arg, 0o755)
        try:
            subprocess.run([arg], check=True)
            print("exec-ok")
        except PermissionError:
            print("exec-denied")


if __name__ == "__main__":
    main(*sys.argv[1:])
