/** The texts of one area in one language (vite.config.ts textsByArea). */
declare module "virtual:texts/*" {
  const texts: Record<string, unknown>;
  export default texts;
}
