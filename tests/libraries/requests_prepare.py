# requests without a network: building and preparing requests, sessions merging settings,
# cookies, auth, URL and header handling, responses built by hand.
import mod_libs
mod_libs.need(("requests", "python3-requests"), ("urllib3", "python3-urllib3"), ("idna", "python3-idna"),
              ("certifi", "python3-certifi"), ("charset_normalizer", "python3-charset-normalizer"))
import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth
from requests.structures import CaseInsensitiveDict
from requests.utils import requote_uri, parse_header_links, get_encoding_from_headers, quote, unquote_unreserved

req = requests.Request("POST", "https://example.com/api/v1/items", params={"q": "a b", "page": 2, "tags": ["x", "y"]},
                       data={"name": "widget", "price": "9.50"}, headers={"X-Trace": "abc"}, cookies={"session": "s1"},
                       auth=HTTPBasicAuth("user", "pass"))
p = req.prepare()
print(p.method, p.url)
print(sorted(p.headers.items()))
print(p.body)
j = requests.Request("PUT", "http://bücher.example/päth?x=1", json={"k": [1, 2], "é": None}).prepare()
print(j.url, j.headers["Content-Type"], j.body)
f = requests.Request("POST", "http://h/upload", files={"file": ("a.txt", b"hello\n", "text/plain")}, data={"k": "v"}).prepare()
print(f.headers["Content-Type"].split(";")[0], len(f.body), b"hello" in f.body)
s = requests.Session()
s.headers.update({"User-Agent": "lib-test/1.0", "Accept": "application/json"})
s.params = {"api_key": "k"}
s.auth = ("u", "p")
ps = s.prepare_request(requests.Request("GET", "https://example.com/x", params={"y": "1"}, headers={"Accept": None}))
print(ps.url, sorted((k, v) for k, v in ps.headers.items()))
print(s.get_adapter("https://a.b").__class__.__name__, sorted(s.adapters))
jar = requests.cookies.RequestsCookieJar()
jar.set("a", "1", domain="example.com", path="/")
jar.set("b", "2", domain="other.org", path="/x")
print(sorted(jar.keys()), jar.get("a"), requests.utils.dict_from_cookiejar(jar) == {"a": "1", "b": "2"})
h = CaseInsensitiveDict({"Content-Type": "text/html; charset=ISO-8859-1"})
print(h["content-type"], get_encoding_from_headers(h), "CONTENT-TYPE" in h)
print(requote_uri("http://x/a b/%7E?q=ü"), quote("a b&c"), unquote_unreserved("%41%2F%7e"))
print(parse_header_links('<http://x/page=2>; rel="next", <http://x/page=5>; rel="last"'))
r = requests.models.Response()
r.status_code = 404
r._content = '{"error": "not found", "v": "é"}'.encode("utf-8")
r.headers = CaseInsensitiveDict({"Content-Type": "application/json"})
r.url = "https://example.com/missing"
r.reason = "Not Found"
print(r.ok, r.json(), r.text, r.encoding, r.apparent_encoding in ("utf-8", "ascii"))
try:
    r.raise_for_status()
except requests.HTTPError as e:
    print("HTTPError:", e)
for bad in ["not a url", "ftp//x", "http://"]:
    try:
        requests.Request("GET", bad).prepare()
    except (requests.exceptions.MissingSchema, requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema) as e:
        print(type(e).__name__, e)
d = HTTPDigestAuth("u", "p")
d.init_per_thread_state()
d._thread_local.chal = {"realm": "r", "nonce": "n", "qop": "auth", "algorithm": "MD5"}
hdr = d.build_digest_header("GET", "http://h/p")
print(hdr.split(", ")[0], "response=" in hdr, requests.__version__)
