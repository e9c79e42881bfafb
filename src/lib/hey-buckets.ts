/** hey's histogram buckets (report.go): 11 marks from the fastest to the slowest request, the last exactly the slowest. */
export function heyBucketMarks(fastest: number, slowest: number): number[] {
  const width = (slowest - fastest) / 10;
  return Array.from({ length: 11 }, (_, i) => (i === 10 ? slowest : fastest + width * i));
}
