#!/usr/bin/env node
/** Entry point of the GitHub App server (dist/app/index.js). */
import { serve } from './main.js'

serve(process.env).then(code => process.exit(code))
