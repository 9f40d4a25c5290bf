export default async function globalTeardown(): Promise<void> {
  await globalThis.__ANKOMST_BROWSER_SERVER__?.stop();
}
