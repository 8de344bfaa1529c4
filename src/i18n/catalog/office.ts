import type { Catalog } from "../types";

export const office: Catalog = {};
