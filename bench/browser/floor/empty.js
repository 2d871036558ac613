// The empty module of bench/browser/floor.html: what importing any module costs here.
export const empty = true;
