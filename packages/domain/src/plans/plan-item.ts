// One row of a plan's task table (附件1): the shape the data file, the importer and the exports share.
export type PlanItem = {
  groupNo: number;
  taskNo: number;
  itemNo: number;
  title: string;
  content: string;
  leadText: string;
  responsibleText: string;
  deadlineText: string;
};
