import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { sendError } from './respond';

const require = createRequire(import.meta.url);

/** GraphiQL and React served from node_modules, so the explorer works with no internet. */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  '/explorer/react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  '/explorer/react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  '/explorer/graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  '/explorer/graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** A file inside an installed package (through its package.json, which every package exports). */
function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>Flagship GraphQL 调试台</title>
<link rel="stylesheet" href="/explorer/graphiql.css">
<style>body{margin:0;height:100vh}#explorer{height:100vh}</style>
</head>
<body>
<div id="explorer">正在加载调试台…</div>
<script src="/explorer/react.js"></script>
<script src="/explorer/react-dom.js"></script>
<script src="/explorer/graphiql.js"></script>
<script src="/explorer/start.js"></script>
</body>
</html>`;

const START = `
const fetcher = GraphiQL.createFetcher({ url: '/graphql', fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin' }) });
const defaultQuery = [
  '# 先登录（演示账号见启动输出），会话保存在 Cookie 中：',
  '# mutation { login(username: "leader", password: "demo1234") { displayName role } }',
  '',
  'query 品牌概览 {',
  '  me { displayName role }',
  '  brands(first: 5) {',
  '    totalCount',
  '    nodes { name stage level progress health { status reasons } }',
  '  }',
  '}',
  '',
].join('\\n');
ReactDOM.createRoot(document.getElementById('explorer')).render(React.createElement(GraphiQL, { fetcher, defaultQuery }));
`;

/** Serves the offline GraphiQL page and its assets (development and demo only). */
export function serveExplorer(path: string, res: ServerResponse): void {
  if (path === '/explorer' || path === '/explorer/') {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(PAGE);
    return;
  }
  if (path === '/explorer/start.js') {
    res.setHeader('content-type', 'text/javascript; charset=utf-8');
    res.end(START);
    return;
  }
  const asset = ASSETS[path];
  if (!asset) {
    sendError(res, 404, 'NOT_FOUND', '页面不存在');
    return;
  }
  res.setHeader('content-type', `${asset.type}; charset=utf-8`);
  res.setHeader('cache-control', 'public, max-age=86400');
  res.end(readFileSync(packageFile(asset.pkg, asset.file)));
}
