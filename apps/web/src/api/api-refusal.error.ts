export interface FieldProblem {
  field: string;
  reason: string;
}

/** The API said no: its status, its message and the fields it names (every 4xx body has this shape). */
export class ApiRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
  }
}

/**
 * The request, its refusal naming fields as the form at hand names them: the API names a field by its place in the
 * body (`name`, `holidays[3]`), which on some forms means something else than the shared labels say.
 */
export function withFieldLabels<T>(request: Promise<T>, label: (field: string) => string | undefined): Promise<T> {
  return request.catch((error: unknown) => {
    if (!(error instanceof ApiRefusal)) throw error;
    throw new ApiRefusal(error.status, error.message, error.problems.map(({ field, reason }) => ({ field: label(field) ?? field, reason })));
  });
}
