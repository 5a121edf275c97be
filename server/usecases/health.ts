import type { UseCaseContext } from "./context";

/** Liveness with a real database round trip, so a broken database file fails the health check. */
export async function checkHealth(ctx: UseCaseContext): Promise<{ status: "ok"; maps: number }> {
  return { status: "ok", maps: await ctx.store.read.maps.countAll() };
}
