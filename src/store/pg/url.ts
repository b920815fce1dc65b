// What names a PostgreSQL server rather than an SQLite file, without loading the driver.

/** A connection string names PostgreSQL (`postgres://…` or `postgresql://…`), not an SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * A connection string fit to print: the password replaced ("postgres://saidby:***@db/saidby"),
 * so it never lands in a terminal, a log or a process list.
 */
export function redactUrl(location: string): string {
  return location.replace(/^(postgres(?:ql)?:\/\/[^:@/]*:)[^@/]*@/i, '$1***@');
}
