import type { Catalog } from "../types";

export const validation: Catalog = {};
