// A governance plan as structured data (data/plans/conghua-2017.json is one): what importPlan reads.
export type PlanDataItem = {
  groupNo: number; taskNo: number; itemNo: number; title: string; content: string;
  leadText: string; responsibleText: string; deadlineText: string; row?: number;
};

export type PlanData = {
  code?: string | null;
  title: string;
  issuer?: string | null;
  issuedOn?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  office?: { text: string; organisationKey?: string } | null;
  phases?: { kind: string; name: string; startsOn: string; endsOn: string }[];
  submissions?: { kind: string; name: string; dueOn: string }[];
  quarterlyReports?: { from?: string; to?: string } | null;
  groups?: { no: number; title: string }[];
  items: PlanDataItem[];
};
