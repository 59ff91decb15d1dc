// Loads a module another part of the platform provides, tolerating its absence (a feature not yet installed)
// but never hiding an error thrown while the module itself loads.
export async function importOptional<T>(specifier: string): Promise<T | null> {
  try {
    return (await import(specifier)) as T;
  } catch (err) {
    const e = err as { code?: string; message?: string };
    const missing = (e.code === 'ERR_MODULE_NOT_FOUND' || e.code === 'MODULE_NOT_FOUND') && (e.message ?? '').includes(specifier.split('/').at(-1) ?? specifier);
    if (missing) return null;
    throw err;
  }
}
