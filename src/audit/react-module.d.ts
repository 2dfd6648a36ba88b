// react ships no types and @types/react is not a dependency; the progress view needs one function.
declare module "react" {
  export function createElement(type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]): any;
}
