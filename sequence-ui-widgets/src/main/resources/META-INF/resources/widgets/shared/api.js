// The REST client every widget uses: the host's token as a Bearer header, JSON in and out, and problem+json
// failures turned into an ApiError that keeps the field errors so forms can show them next to their fields.

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `Request failed (${status})`);
    this.status = status;
    this.errors = (problem && Array.isArray(problem.errors)) ? problem.errors : [];
  }
}

export class Api {
  constructor(token, base) {
    this.token = token || '';
    // Same origin by default: the widgets are served by the plugin itself.
    this.base = (base || '').replace(/\/$/, '') + '/api/v1';
  }

  async request(method, path, body) {
    const headers = { Accept: 'application/json, application/problem+json' };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(this.base + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body)
    });
    const text = await response.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    if (!response.ok) throw new ApiError(response.status, data);
    return data;
  }

  get(path) { return this.request('GET', path); }
  post(path, body) { return this.request('POST', path, body === undefined ? {} : body); }
  put(path, body) { return this.request('PUT', path, body); }
  delete(path) { return this.request('DELETE', path); }
}

/** A query string of the non-empty values, or ''. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') q.set(key, value);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
