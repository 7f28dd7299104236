// The API as the page calls it: the key from sessionStorage in X-API-Key, JSON in and out, errors as ApiError.

const KEY = 'techmatch.apiKey';

export class ApiError extends Error {
  constructor(status, message, errors) {
    super(message);
    this.status = status;
    this.errors = errors || [];
  }
}

export const session = {
  key() {
    return sessionStorage.getItem(KEY);
  },
  save(key) {
    sessionStorage.setItem(KEY, key);
  },
  clear() {
    sessionStorage.removeItem(KEY);
  },
};

/** Query string from an object; arrays repeat the parameter, empty values are left out. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === undefined || v === null || v === '') continue;
    (Array.isArray(v) ? v : [v]).filter((x) => x !== '').forEach((x) => q.append(k, String(x)));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function call(method, path, body, key = session.key()) {
  const headers = { Accept: 'application/json' };
  if (key) headers['X-API-Key'] = key;
  const init = { method, headers };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let resp;
  try {
    resp = await fetch(`/api/v1${path}`, init);
  } catch (e) {
    throw new ApiError(0, '无法连接服务器，请检查网络后重试。');
  }
  const text = await resp.text();
  let json = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch (e) {
      json = null;
    }
  }
  if (!resp.ok) {
    const err = json && json.error ? json.error : {};
    throw new ApiError(resp.status, err.message || `请求失败（${resp.status}）`, err.errors);
  }
  return json;
}

export const api = {
  me: (key) => call('GET', '/me', undefined, key),
  vocabulary: () => call('GET', '/workflow'),
  queue: (params) => call('GET', `/reviews${query(params)}`),
  openItem: (collection, id) => call('GET', `/reviews/${collection}/${encodeURIComponent(id)}`),
  refresh: (collection, id) => call('POST', `/reviews/${collection}/${encodeURIComponent(id)}/snapshot`),
  decide: (collection, id, candidate, body) =>
    call('PUT', `/reviews/${collection}/${encodeURIComponent(id)}/decisions/${encodeURIComponent(candidate)}`, body),
  record: (collection, id) => call('GET', `/${collection}/${encodeURIComponent(id)}`),
  mine: (collection, params) => call('GET', `/${collection}${query(params)}`),
  ranked: (collection, id, params) => call('GET', `/${collection}/${encodeURIComponent(id)}/${
    collection === 'demands' ? 'recommendations' : 'matches'}${query(params)}`),
  matches: (params) => call('GET', `/matches${query(params)}`),
  match: (id) => call('GET', `/matches/${encodeURIComponent(id)}`),
  move: (id, body) => call('POST', `/matches/${encodeURIComponent(id)}/transitions`, body),
  audit: (params) => call('GET', `/audit${query(params)}`),
};
