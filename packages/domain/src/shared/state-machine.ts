// A workflow as a list of edges (from --action--> to): the one lookup the blacklist entry and the enforcement case
// share. Actions only the scheduler takes (expire, mark_overdue) are edges like any other but never offered to a user.

export type Edge<S extends string, A extends string> = { from: S; action: A; to: S };

export type StateMachine<S extends string, A extends string> = {
  /** The status an action leads to from here, or null when the workflow does not allow it. */
  next(from: S, action: A): S | null;
  /** The actions a user could take from a status, in edge order (the scheduler's actions left out). */
  allowed(from: S): A[];
};

export function stateMachine<S extends string, A extends string>(edges: readonly Edge<S, A>[], schedulerActions: readonly A[] = []): StateMachine<S, A> {
  return {
    next: (from, action) => edges.find((e) => e.from === from && e.action === action)?.to ?? null,
    allowed: (from) => edges.filter((e) => e.from === from && !schedulerActions.includes(e.action)).map((e) => e.action),
  };
}
