// A page that imports one widget; a production Rollup build must keep its registration.
import 'lawgauge/widgets/indicator-card';
