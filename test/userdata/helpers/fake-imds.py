#!/usr/bin/env python3
"""A stand-in for the EC2 instance metadata service, IMDSv2 only, for the chroot tests.

Usage: fake-imds.py PORT REGION LOG. PUT /latest/api/token (with the TTL header) returns a token;
GET /latest/meta-data/placement/region returns REGION only with that token (401 otherwise,
like IMDSv2 with HttpTokens required); everything else is 404. Every request is appended to LOG
("METHOD PATH STATUS").
"""
import http.server
import sys

TOKEN = "fake-imds-token-0123456789"
PORT, REGION, LOG = int(sys.argv[1]), sys.argv[2], sys.argv[3]


class Handler(http.server.BaseHTTPRequestHandler):
    def reply(self, code, body=b""):
        self.send_response(code)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self):
        if self.path == "/latest/api/token" and self.headers.get("X-aws-ec2-metadata-token-ttl-seconds"):
            self.reply(200, TOKEN.encode())
        else:
            self.reply(400)

    def do_GET(self):
        if self.headers.get("X-aws-ec2-metadata-token") != TOKEN:
            self.reply(401)
        elif self.path == "/latest/meta-data/placement/region":
            self.reply(200, REGION.encode())
        else:
            self.reply(404)

    def log_message(self, fmt, *args):
        with open(LOG, "a") as f:
            f.write(f"{self.command} {self.path} {args[1] if len(args) > 1 else ''}\n")


http.server.HTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
