import type { Catalog } from "../types";

export const plan: Catalog = {};
