/** The format an output file's name asks for (`report.csv` → csv), among the names a command knows. */
export function formatOfPath<T extends string>(out: string | undefined, byExtension: Readonly<Record<string, T>>): T | undefined {
  const match = out ? /\.([a-z0-9]+)$/i.exec(out) : null;
  return match ? byExtension[(match[1] as string).toLowerCase()] : undefined;
}
