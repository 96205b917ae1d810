/** A GraphQL client over HTTP that keeps its session cookie, as a browser would. */
export class Client {
  private cookie = '';
  lastSetCookie: string[] = [];

  constructor(private readonly baseUrl: string) {}

  async post(path: string, body: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(this.baseUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    this.lastSetCookie = res.headers.getSetCookie();
    for (const c of this.lastSetCookie) {
      const [pair] = c.split(';');
      const [name, value] = pair.split('=');
      this.cookie = value ? `${name}=${value}` : '';
    }
    return res;
  }

  /** Uploads a file as the portal does (multipart, with the header a cross-site form cannot send). */
  async upload(bytes: Buffer, filename: string, contentType = 'image/png') {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: contentType }), filename);
    const res = await fetch(this.baseUrl + '/uploads', {
      method: 'POST',
      headers: { 'x-flagship-upload': '1', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as any };
  }

  /** Runs an operation and returns `{ data, errors }`. */
  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) {
    const res = await this.post('/graphql', { query, variables });
    return (await res.json()) as {
      data: T | null;
      errors?: { message: string; extensions: { code: string; fields?: Record<string, string> } }[];
    };
  }

  async login(username: string, password = 'demo1234') {
    const r = await this.gql(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id role unit { id } } }`,
      {
        u: username,
        p: password,
      },
    );
    if (r.errors) {
      throw new Error(`login ${username} failed: ${r.errors[0].message}`);
    }
    return r.data!.login as { id: string; role: string; unit: { id: string } | null };
  }
}
