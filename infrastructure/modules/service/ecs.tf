resource "aws_ecs_task_definition" "app" {
  family                   = var.app_name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = tostring(var.cpu)
  memory                   = tostring(var.memory)
  execution_role_arn       = var.execution_role_arn
  task_role_arn            = var.task_role_arn

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = var.cpu_architecture
  }

  container_definitions = jsonencode([
    {
      name      = var.app_name
      image     = "${var.image_repository_url}:${var.image_tag}"
      essential = true
      portMappings = [
        { containerPort = var.container_port, protocol = "tcp" }
      ]
      environment = [for name in sort(keys(var.environment)) : { name = name, value = var.environment[name] }]
      secrets     = [for name in sort(keys(var.secrets)) : { name = name, valueFrom = var.secrets[name] }]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.app.name
          awslogs-region        = data.aws_region.current.region
          awslogs-stream-prefix = "app"
        }
      }
    }
  ])

  tags = local.tags
}

resource "aws_ecs_service" "app" {
  name                              = var.app_name
  cluster                           = local.cluster_arn
  task_definition                   = aws_ecs_task_definition.app.arn
  launch_type                       = "FARGATE"
  desired_count                     = var.desired_count
  health_check_grace_period_seconds = var.health_check_grace_period_seconds
  propagate_tags                    = "SERVICE"
  enable_ecs_managed_tags           = true
  # Makes apply wait for the rollout, so a circuit-breaker rollback is visible to the postcondition below.
  wait_for_steady_state = true

  deployment_controller {
    type = "ECS"
  }

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  deployment_configuration {
    strategy             = var.deployment_strategy
    bake_time_in_minutes = local.blue_green ? tostring(var.blue_green_bake_time_minutes) : null
  }

  alarms {
    alarm_names = [aws_cloudwatch_metric_alarm.target_5xx.alarm_name]
    enable      = var.rollback_on_alarm
    rollback    = true
  }

  network_configuration {
    subnets          = var.task_subnet_ids
    security_groups  = [aws_security_group.tasks.id]
    assign_public_ip = var.assign_public_ip
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.blue.arn
    container_name   = var.app_name
    container_port   = var.container_port

    dynamic "advanced_configuration" {
      for_each = local.blue_green ? [1] : []
      content {
        alternate_target_group_arn = aws_lb_target_group.green[0].arn
        production_listener_rule   = aws_lb_listener_rule.production[0].arn
        test_listener_rule         = aws_lb_listener_rule.test[0].arn
        role_arn                   = var.blue_green_role_arn
      }
    }
  }

  timeouts {
    create = var.rollout_timeout
    update = var.rollout_timeout
  }

  lifecycle {
    # Autoscaling owns the running count after creation. task_definition is deliberately NOT ignored:
    # re-applying an older image_tag must roll the service back.
    ignore_changes = [desired_count]

    # wait_for_steady_state reports success even when the circuit breaker rolled the deployment back
    # (terraform-provider-aws #19519, #20858); after a rollback ECS points the service at the previous
    # task definition, which this catches.
    postcondition {
      condition     = self.task_definition == aws_ecs_task_definition.app.arn
      error_message = "The service is not running the new task definition: the deployment was rolled back (circuit breaker or alarm). Read the service events and stopped-task reasons."
    }
  }

  depends_on = [aws_lb_listener.http, aws_lb_listener.https]

  tags = local.tags
}
