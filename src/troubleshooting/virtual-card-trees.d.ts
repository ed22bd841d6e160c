declare module 'virtual:card-trees' {
  const trees: Record<string, { cause: import('hast').Root; fix: import('hast').Root }>;
  export default trees;
}
