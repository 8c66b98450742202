// A small static file server for the demo (no dependencies, works offline):
//   node serve.mjs [PORT]   then open http://127.0.0.1:PORT/www/
// It serves this folder, so the page at /www/ loads the package from /pkg/ (run
// `npm run build` first). Only files under this folder are served, and never node_modules.

import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

function handle(request, response) {
  const url = new URL(request.url, "http://localhost");
  let relative;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    response.writeHead(400).end("bad path");
    return;
  }
  if (relative === "/") {
    response.writeHead(302, { location: "/www/" }).end();
    return;
  }
  if (relative.endsWith("/")) relative += "index.html";
  const file = path.resolve(root, `.${relative}`);
  const inside = file.startsWith(root + path.sep);
  if (!inside || file.split(path.sep).includes("node_modules")) {
    response.writeHead(404).end("not found");
    return;
  }
  fs.readFile(file, (error, body) => {
    if (error) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    response.end(body);
  });
}

/** Starts the server on 127.0.0.1 (port 0: any free port); resolves to { server, url }. */
export function serve(port = 0) {
  return new Promise((resolve, reject) => {
    const server = http.createServer(handle);
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address();
      resolve({ server, url: `http://127.0.0.1:${bound}` });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await serve(Number(process.argv[2] ?? 8080));
  console.log(`minutes demo: ${url}/www/`);
}
