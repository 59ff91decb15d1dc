/** "3" for a task with one item, "3.2" for the second item of a task with several (as 附件1 numbers them). */
export function taskLabel(r: { taskNo: number; itemNo?: number | undefined }, multi: boolean): string {
  return multi && r.itemNo ? `${r.taskNo}.${r.itemNo}` : String(r.taskNo);
}
