import type { Catalog } from "../types";

export const cli: Catalog = {};
