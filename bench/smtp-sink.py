"""A mail server that accepts everything and writes one line per message received, for
bench/cluster.sh to count the notifications sent. Usage: smtp-sink.py PORT FILE"""
import asyncore  # noqa: F401 (smtpd runs on it)
import smtpd
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        subject = next((line for line in data.decode("utf-8", "replace").splitlines()
                        if line.lower().startswith("subject:")), "Subject: ?")
        with open(sys.argv[2], "a", encoding="utf-8") as out:
            out.write(subject + "\n")


Sink(("127.0.0.1", int(sys.argv[1])), None, decode_data=False)
asyncore.loop()
