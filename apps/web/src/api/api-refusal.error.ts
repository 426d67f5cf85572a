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
