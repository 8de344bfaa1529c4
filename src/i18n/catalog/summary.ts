import type { Catalog } from "../types";

export const summary: Catalog = {};
