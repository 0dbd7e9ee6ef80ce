// The one way the client speaks to the API: fetch JSON, turn problem+json answers into ApiError.

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: { path: string; message: string; line?: number; column?: number; file?: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }

  /** The API could not be reached at all (network down, server stopped). */
  get unreachable(): boolean {
    return this.problem.status === 0;
  }
}

export async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ title: 'The API is not reachable', status: 0, detail: 'cladescope cannot reach its server. Check that it is running, then try again.' });
  }
  const type = response.headers.get('content-type') ?? '';
  const body: unknown = type.includes('json') ? await response.json() : await response.text();
  if (response.ok) return body as T;
  throw new ApiError(asProblem(body, response));
}

function asProblem(body: unknown, response: Response): Problem {
  if (body && typeof body === 'object' && 'title' in body) return { ...(body as Problem), status: response.status };
  const unavailable = response.status === 502 || response.status === 503 || response.status === 504;
  return {
    title: unavailable ? 'The API is not available' : `The API answered ${response.status}`,
    status: response.status,
    detail: unavailable ? 'cladescope cannot reach its server. Check that it is running, then try again.' : response.statusText,
  };
}

export const postJson = <T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> =>
  request<T>(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal });
