export async function runTls(_a: string, _o: unknown): Promise<number> { return 0; }
