import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A reverse proxy set up as nginx usually is (`proxy_add_x_forwarded_for`): it appends the
 * address the client reached it from to whatever X-Forwarded-For the client sent, and reaches
 * the app from `localAddress` (another loopback address, so the app can tell proxy from client).
 */
export async function forwardingProxy(target: string, localAddress = '127.0.0.2') {
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const seen = req.socket.remoteAddress ?? '';
    const sent = req.headers['x-forwarded-for'];
    const headers = { ...req.headers, 'x-forwarded-for': sent ? `${sent}, ${seen}` : seen };
    const out = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers, localAddress }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    out.on('error', (err) => {
      res.statusCode = 502;
      res.end(err.message);
    });
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
