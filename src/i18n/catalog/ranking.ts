import type { Catalog } from "../types";

export const ranking: Catalog = {};
