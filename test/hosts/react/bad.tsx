// Must NOT compile: a wrong attribute value and an unknown property.
import type {} from 'lawgauge/react';
import 'lawgauge/widgets';

export function Bad() {
  return <indicator-card theme="purple" gruop="x" />;
}
