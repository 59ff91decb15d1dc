// Types of the isolation walk's probe table (isolation.db.test.ts). Each context keeps its probes in
// <context>/<context>.probes.ts and the walk merges them, so every route is attacked from one place.
export const ISO_TOKEN = 'iso7f3c';

/** Ids of A's records (and of shared parents) that probes put into URLs and bodies. */
export type Ids = {
  townA: string; townB: string; gridA: string; entA: string; userA: string;
  planShared: string; taskShared: string; milestoneShared: string; eventShared: string;
  planA: string; taskA: string; milestoneA: string; eventA: string;
  reportA: string; submissionA: string; noticeA: string; notificationA: string; importA: string; aliasA: string;
  /** the demo's real Conghua plan (when seedDemo is installed): a task A owes and one of A's reports in it */
  planDemo: string; taskDemoOfA: string; reportDemoA: string;
  /** issue 3: A's enterprise record (its organisation is entA), a site, a unit, an inventory line, a licence, a declaration */
  enterpriseA: string; siteA: string; unitA: string; lineA: string; licenceA: string; declarationA: string;
  /** issue 4: A's enterprise risk point (on unitA), a public-place point of town A, a comment, a post confirmation, a
   * sensitive target (map feature) in A; town A also has a polygon (map_areas), an area-risk row and a snapshot */
  riskPointA: string; publicPointA: string; commentA: string; confirmationA: string; featureA: string;
  /** issue 5: an inspection plan of town A with a draw, a conflict of interest on A's enterprise, an inspection of A's
   * enterprise (results, a photo), a hazard finding (with an evidence file), an enforcement case, a PROPOSED blacklist entry */
  inspectionPlanA: string; drawA: string; conflictA: string; inspectionA: string; attachmentA: string; findingA: string;
  evidenceA: string; caseA: string; blacklistA: string;
};

export type Expect =
  | 'refused' // 403 or 404 (writes: 400 too), and none of A's data in the body
  | 'clean' // any answer below 500, with none of A's data in the body
  | 'own-write'; // a write of the caller's own unit (nothing of A can be named): any answer below 500, A's rows unchanged
export type Probe = {
  params?: (ids: Ids) => Record<string, string>;
  query?: (ids: Ids) => Record<string, string>;
  body?: (ids: Ids) => unknown;
  /** a multipart/form-data body (an upload) instead of JSON */
  form?: (ids: Ids) => { fields: Record<string, string>; file: { name: string; contentType: string; content: string } };
  expect: Expect;
  note?: string;
  /** probe only when the data it needs exists (the demo plan) */
  when?: (ids: Ids) => boolean;
};
/** 'skip' is only for routes acting on the caller's own session, with the reason. */
export type Entry = Probe[] | { skip: string };

