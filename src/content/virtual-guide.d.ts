declare module 'virtual:guide' {
  const sections: import('./compile-guide.ts').CompiledSection[];
  export default sections;
}

declare module 'virtual:guide-cells' {
  /** The guide's cell modules, in the order its markdown places them (scripts/vite-plugin-guide.ts). */
  const cells: readonly import('../notebook/cell-definition.ts').CellDefinition[];
  export default cells;
}
