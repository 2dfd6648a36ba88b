// Bun's YAML loader turns an imported .yaml file into its parsed value at build time.
declare module "*.yaml" {
  const value: unknown;
  export default value;
}
