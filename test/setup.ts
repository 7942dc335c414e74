// Jest setup: cdktf matchers (toHaveResourceWithProperties, ...) for the Terraform tests.
import { Testing } from '../src/private/cdktf';

Testing.setupJest();
