/**
 * Compile-time checks of the typed RPC wrapper (checked by `tsc -p src/sidebar/tsconfig.json`, never
 * bundled: no surface imports it). Each @ts-expect-error line must fail to compile, or tsc reports it.
 */
import { callServer } from "./rpc";

export async function rpcTypeChecks(): Promise<void> {
  const data = await callServer("getSidebarData");
  if (data.state === "ready") data.summary.overall.ratio satisfies number | null;
  (await callServer("selectRow", "Plan d'action", 8)).ok satisfies boolean;
  // @ts-expect-error A misspelt function name does not compile.
  await callServer("getSidebarDta");
  // @ts-expect-error Nor does a wrong argument type.
  await callServer("selectRow", "Plan d'action", "8");
  // @ts-expect-error Nor a simple trigger, which is not an RPC target.
  await callServer("onOpen");
  // @ts-expect-error Nor a property the result does not have.
  (await callServer("getValidationReport")).rows;
}
