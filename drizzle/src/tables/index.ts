export * from './enums';
export * from './users';
export * from './units';
export * from './brands';
export * from './plans';
export * from './activity';
