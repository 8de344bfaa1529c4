import type { Catalog } from "../types";

export const layout: Catalog = {};
