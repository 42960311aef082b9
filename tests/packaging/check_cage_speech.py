#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Read aloud under the kiosk session, end to end: the real Signpost as cage's child (headless,
as in check_cage_notify.py), speech=always, as the kiosk service runs it (an unprivileged user,
its own runtime directory, the systemd notification socket).

1. Sound reaches ALSA: `speech_device` names an ALSA PCM defined in the kiosk user's
   ~/.asoundrc, a `file` PCM in front of the `null` device (this machine has no sound card), so
   what Signpost hands ALSA is captured; the capture must hold at least a second of 16-bit
   sound at eSpeak's 22,050 Hz, and loud (a voice, not silence).
2. No sound device at all (`speech_device` names a PCM that does not exist): the kiosk keeps
   running silently (READY=1, then watchdog pings for several seconds after speech was tried,
   and it stops as the service stops it, status 0), and `signpost --validate` tells staff
   which device does not open. (The staff menu says the same: TestSpeechController.)

A missing tool fails: build.sh installs them, and a skipped proof proves nothing.

Usage: check_cage_speech.py SIGNPOST
"""
import array
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

# Guards against a hang, not performance limits.
GIVE_UP_AFTER_SECONDS = 90
SAMPLE_RATE = 22050
ENOUGH_SOUND_SECONDS = 1.0
LOUD = 1000  # of 32767: a voice, not dither or silence
PINGS_AFTER_SPEECH_TRIED = 4  # WatchdogSec=2 s below: a ping a second


def fail(reason):
    print(f"FAIL: {reason}")
    sys.exit(1)


class Kiosk:
    """Signpost under a headless cage, as the kiosk service starts it."""

    def __init__(self, signpost, work, config_text, asoundrc_text):
        self.work = work
        self.runtime = os.path.join(work, "runtime")
        os.mkdir(self.runtime, 0o700)
        self.config = os.path.join(work, "signpost.conf")
        with open(self.config, "w") as config:
            config.write(config_text)
        with open(os.path.join(work, ".asoundrc"), "w") as asoundrc:
            asoundrc.write(asoundrc_text)
        self.notify_path = os.path.join(work, "notify")
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.listener.bind(self.notify_path)
        self.listener.settimeout(1)
        self.command = ["cage", "-d", "--", signpost, "--mode", "kiosk", "--config", self.config]
        if os.getuid() == 0:
            # cage will not run as root; the service runs it as an unprivileged user too, and
            # that user may not reach the build tree: it runs a copy in the test's directory.
            copy = os.path.join(work, "signpost")
            shutil.copy2(signpost, copy)
            self.command[self.command.index(signpost)] = copy
            for folder, _, files in os.walk(work):
                shutil.chown(folder, "nobody", "nogroup")
                for name in files:
                    shutil.chown(os.path.join(folder, name), "nobody", "nogroup")
            os.chmod(work, 0o755)
            self.command = ["setpriv", "--reuid=nobody", "--regid=nogroup",
                            "--clear-groups"] + self.command
        # HOME: alsa-lib reads the kiosk user's ~/.asoundrc, as on a kiosk.
        self.environment = dict(os.environ, HOME=work, XDG_RUNTIME_DIR=self.runtime,
                                NOTIFY_SOCKET=self.notify_path, WATCHDOG_USEC="2000000",
                                WLR_BACKENDS="headless", WLR_RENDERER="pixman",
                                WLR_LIBINPUT_NO_DEVICES="1", QT_QPA_PLATFORM="wayland")
        self.environment.pop("ALSA_CONFIG_PATH", None)
        self.log_path = os.path.join(work, "log")
        self.cage = None
        self.received = []

    def start(self):
        with open(self.log_path, "wb") as log:
            self.cage = subprocess.Popen(self.command, env=self.environment, stdout=log,
                                         stderr=subprocess.STDOUT, start_new_session=True)

    def wait_for(self, done):
        """Reads the notification socket until done(received) or the kiosk ends or hangs."""
        deadline = time.monotonic() + GIVE_UP_AFTER_SECONDS
        while time.monotonic() < deadline and self.cage.poll() is None:
            if done(self.received):
                return True
            try:
                self.received.append(self.listener.recv(4096).decode(errors="replace"))
            except socket.timeout:
                continue
        return done(self.received)

    def stop(self):
        """As signpost-kiosk.service's ExecStop=: SIGTERM to cage's children, wait for cage."""
        if self.cage.poll() is None:
            subprocess.run(["pkill", "-TERM", "-P", str(self.cage.pid)], check=False)
        try:
            return self.cage.wait(GIVE_UP_AFTER_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(self.cage.pid, signal.SIGKILL)
            self.cage.wait()
            return "killed: it did not leave after SIGTERM to its children"

    def log(self):
        with open(self.log_path, errors="replace") as log:
            return log.read()


def loudness(path):
    """(seconds of sound, loudest sample) in a raw 16-bit mono capture."""
    if not os.path.exists(path):
        return 0.0, 0
    with open(path, "rb") as capture:
        data = capture.read()
    samples = array.array("h")
    samples.frombytes(data[: len(data) // 2 * 2])
    if sys.byteorder != "little":
        samples.byteswap()
    return len(samples) / SAMPLE_RATE, max((abs(s) for s in samples), default=0)


def sound_reaches_alsa(signpost, work):
    capture = os.path.join(work, "capture.raw")
    asoundrc = ("pcm.signpost_capture {\n    type file\n    slave.pcm \"null\"\n"
                f"    file \"{capture}\"\n    format \"raw\"\n}}\n")
    config = "[signpost]\nspeech=always\nspeech_device=signpost_capture\n"
    kiosk = Kiosk(signpost, work, config, asoundrc)
    kiosk.start()
    try:
        ready = kiosk.wait_for(lambda received: "READY=1" in received)
        deadline = time.monotonic() + GIVE_UP_AFTER_SECONDS
        while ready and time.monotonic() < deadline and kiosk.cage.poll() is None:
            seconds, loudest = loudness(capture)
            if seconds >= ENOUGH_SOUND_SECONDS and loudest >= LOUD:
                break
            time.sleep(0.2)
    finally:
        stopped = kiosk.stop()
    seconds, loudest = loudness(capture)
    print(f"captured through ALSA: {seconds:.2f} s of sound, loudest sample {loudest}")
    if not ready:
        print(kiosk.log())
        fail("signpost under cage never said READY=1")
    if seconds < ENOUGH_SOUND_SECONDS or loudest < LOUD:
        print(kiosk.log())
        fail(f"expected at least {ENOUGH_SOUND_SECONDS} s of speech louder than {LOUD} to reach "
             "the ALSA device named by speech_device")
    if stopped != 0:
        print(kiosk.log())
        fail(f"stopping as the unit's ExecStop= does left cage with status {stopped}, not 0")


def no_sound_device(signpost, work):
    config = "[signpost]\nspeech=always\nspeech_device=signpost_no_such_device\n"
    kiosk = Kiosk(signpost, work, config, "# no PCM of Signpost's here\n")
    kiosk.start()
    try:
        # speech=always says the first screen as the window opens: the device is tried then.
        alive = kiosk.wait_for(lambda received: "READY=1" in received and received[
            received.index("READY=1"):].count("WATCHDOG=1") >= PINGS_AFTER_SPEECH_TRIED)
    finally:
        stopped = kiosk.stop()
    print("received on NOTIFY_SOCKET:", kiosk.received)
    if not alive:
        print(kiosk.log())
        fail("with no sound device the kiosk did not keep running (READY=1, then watchdog pings)")
    if stopped != 0:
        print(kiosk.log())
        fail(f"with no sound device, stopping left cage with status {stopped}, not 0")
    # What staff are told, from the same configuration.
    validate = subprocess.run([signpost, "--validate", ":/content/uk.json", "--config",
                               kiosk.config],
                              env=dict(kiosk.environment, QT_QPA_PLATFORM="offscreen"),
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print("".join(line + "\n" for line in validate.stdout.splitlines()
                  if line.startswith("speech:")), end="")
    if "the sound device 'signpost_no_such_device' does not open" not in validate.stdout:
        fail("signpost --validate did not tell staff that the sound device does not open")


def main():
    signpost = sys.argv[1]
    for tool, package in (("cage", "cage"), ("pkill", "procps"), ("setpriv", "util-linux")):
        if not shutil.which(tool):
            fail(f"{tool} not found (Debian: {package}; build.sh installs it)")
    for check in (sound_reaches_alsa, no_sound_device):
        work = tempfile.mkdtemp()
        try:
            check(signpost, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    print("PASS: under cage, speech reached the ALSA device, and with no device the kiosk ran on "
          "silently and --validate named the device")
    return 0


if __name__ == "__main__":
    sys.exit(main())
