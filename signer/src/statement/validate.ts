import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { ajvErrorPath } from '@skillgate/format';
import { PredicateSchema, StatementSchema, type Predicate } from './schema.js';

// The only format the predicate uses; a full ajv-formats dependency is not worth one regexp.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat('date-time', {
  type: 'string',
  validate: (s: string) => DATE_TIME.test(s) && !isNaN(Date.parse(s)),
});

const checkPredicate: ValidateFunction<Predicate> = ajv.compile<Predicate>(PredicateSchema);
const checkStatement = ajv.compile(StatementSchema);

function where(e: ErrorObject): string {
  return ajvErrorPath(e).replace(/^\./, '') || '(root)';
}

function problems(errors: ErrorObject[] | null | undefined): string[] {
  return [...new Set((errors ?? []).map((e) => `${where(e)} ${e.message ?? e.keyword}`))];
}

/** Problems with a predicate (empty when it fits the schema), each naming the field. */
export function predicateProblems(value: unknown): string[] {
  return checkPredicate(value) ? [] : problems(checkPredicate.errors);
}

/** Problems with the statement frame (type, subject, predicateType); the predicate is checked apart. */
export function statementProblems(value: unknown): string[] {
  return checkStatement(value) ? [] : problems(checkStatement.errors);
}
