/**
 * Serves the page and its assets, all from apps/dashboard/public: no CDN, no
 * network. Only the files that are there at start-up are served, by exact
 * name, so no request can reach outside that folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { ServerResponse as Response } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

interface Asset {
  type: string;
  body: Buffer;
}

/** public/ beside src/ when run from the sources; from a build (dist/…), the first apps/dashboard/public above it. */
export function publicDir(from = __dirname): string {
  const beside = join(from, '..', 'public');
  if (existsSync(join(beside, 'index.html'))) return beside;
  for (let dir = from; dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'dashboard', 'public');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  throw new Error(`the dashboard's page (apps/dashboard/public) is missing above ${from}`);
}

function loadAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)];
    if (type) assets.set(name, { type, body: readFileSync(join(dir, name)) });
  }
  return assets;
}

@Controller()
export class PageController {
  private readonly assets = loadAssets(publicDir());

  @Get()
  index(@Res() res: Response): void {
    this.send(res, 'index.html');
  }

  @Get('assets/:name')
  asset(@Param('name') name: string, @Res() res: Response): void {
    if (name === 'index.html') throw new NotFoundException();
    this.send(res, name);
  }

  private send(res: Response, name: string): void {
    const asset = this.assets.get(name);
    if (!asset) throw new NotFoundException();
    res.setHeader('Content-Type', asset.type);
    res.setHeader('Cache-Control', 'no-cache');
    res.end(asset.body);
  }
}
