import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { fairQueue } from '../../src/web/fair-queue.js';

const req = { socket: { destroyed: false } } as unknown as Request;
const res = {} as Response;
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

function busy(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // hold the thread, as a slow page would
  }
}

describe('fairQueue', () => {
  it('serves requests in the order they arrived, each once', async () => {
    const queue = fairQueue();
    const served: string[] = [];
    for (const name of ['a', 'b', 'c', 'd']) queue(req, res, (() => served.push(name)) as NextFunction);
    expect(served).toEqual([]); // nothing runs inside the call that queued it
    await settle();
    expect(served).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lets the event loop turn between two requests (a timer due meanwhile runs in between)', async () => {
    const queue = fairQueue();
    const seen: string[] = [];
    queue(req, res, (() => {
      seen.push('first');
      setTimeout(() => seen.push('timer'), 0);
      busy(5);
    }) as NextFunction);
    queue(req, res, (() => seen.push('second')) as NextFunction);
    await settle();
    // Served as one batch, the second request would have come before the timer.
    expect(seen).toEqual(['first', 'timer', 'second']);
  });

  it('a request queued while another is served waits behind the ones already queued', async () => {
    const queue = fairQueue();
    const served: string[] = [];
    queue(req, res, (() => {
      served.push('a');
      queue(req, res, (() => served.push('late')) as NextFunction);
    }) as NextFunction);
    queue(req, res, (() => served.push('b')) as NextFunction);
    await settle();
    expect(served).toEqual(['a', 'b', 'late']);
  });

  it('skips a request whose connection closed while it waited (a client gone, or the server shutting down)', async () => {
    const queue = fairQueue();
    const served: string[] = [];
    const gone = { socket: { destroyed: false } } as unknown as Request;
    queue(req, res, (() => {
      served.push('a');
      (gone.socket as { destroyed: boolean }).destroyed = true;
    }) as NextFunction);
    queue(gone, res, (() => served.push('gone')) as NextFunction);
    queue(req, res, (() => served.push('c')) as NextFunction);
    await settle();
    expect(served).toEqual(['a', 'c']);
  });

  it('in an app, a handler that throws still reaches the error handler, and the queue goes on', async () => {
    const app = express();
    app.use(fairQueue());
    app.get('/boom', () => {
      throw new Error('boom');
    });
    app.get('/ok', (_req, res) => {
      res.send('ok');
    });
    app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
      res.status(500).send(`caught ${err.message}`);
    });
    const answers = await Promise.all([request(app).get('/boom'), request(app).get('/ok'), request(app).get('/ok')]);
    expect(answers.map((a) => [a.status, a.text])).toEqual([
      [500, 'caught boom'],
      [200, 'ok'],
      [200, 'ok'],
    ]);
  });
});
