# socket without a network: constants, byte order, address conversions, localhost; email messages built and parsed
import socket, select, selectors, errno
from email.message import EmailMessage
from email import message_from_string
from email.utils import parseaddr, formataddr, formatdate, parsedate_to_datetime
print(socket.AF_INET, socket.SOCK_STREAM, repr(socket.AF_INET6), socket.SocketKind(2).name)
print(socket.htons(0x1234) == 0x3412, hex(socket.htonl(0x12345678)), socket.ntohs(socket.htons(80)))
print(socket.inet_aton("192.168.1.20"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
for a in ("::1", "2001:db8::ff00:42:8329", "::ffff:192.0.2.128", "fe80::", "1:2:3:4:5:6:7:8", "1:0:0:2:0:0:0:3"):
    p = socket.inet_pton(socket.AF_INET6, a)
    print(a, p.hex(), socket.inet_ntop(socket.AF_INET6, p))
print(socket.gethostbyname("localhost"), socket.gethostbyname("10.1.2.3"))
try:
    socket.inet_aton("300.1.1.1")
except OSError as e:
    print("OSError", e)
try:
    socket.htons(70000)
except OverflowError as e:
    print("OverflowError", e)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
print(socket.getdefaulttimeout())
print(issubclass(socket.gaierror, OSError), socket.timeout is TimeoutError, socket.error is OSError)
msg = EmailMessage()
msg["From"] = formataddr(("Ann Example", "ann@example.com"))
msg["To"] = "bob@example.org"
msg["Subject"] = "Quarterly numbers"
msg.set_content("Hello Bob,\n\nThe numbers are attached.\n")
text = msg.as_string()
print(text)
back = message_from_string(text)
print(parseaddr(back["From"]), back["Subject"], back.get_content_type())
print(parsedate_to_datetime("Tue, 24 Nov 2026 01:02:03 +0000").isoformat())
print(issubclass(selectors.DefaultSelector, selectors.BaseSelector))
