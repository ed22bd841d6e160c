declare module 'virtual:guide' {
  const sections: import('./compile-guide.ts').CompiledSection[];
  export default sections;
}
